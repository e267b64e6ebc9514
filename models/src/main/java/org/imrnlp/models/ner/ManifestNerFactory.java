package org.imrnlp.models.ner;

import java.util.HashMap;
import java.util.Map;
import opennlp.tools.namefind.BioCodec;
import opennlp.tools.namefind.TokenNameFinderFactory;

/**
 * A name-finder factory that writes the caller's entries into the model's manifest (version,
 * types, training-data checksum, feature set), so that a model file describes itself. A loaded
 * model reads them with {@code getManifestProperty}; loading needs only the public no-argument
 * constructor.
 */
public final class ManifestNerFactory extends TokenNameFinderFactory {

    private final Map<String, String> entries;

    /** The factory a model is loaded with. */
    public ManifestNerFactory() {
        this.entries = Map.of();
    }

    /** A factory for training with the feature-generator {@code descriptor} and extra manifest {@code entries}. */
    public ManifestNerFactory(byte[] descriptor, Map<String, String> entries) {
        super(descriptor, Map.of(), new BioCodec());
        this.entries = Map.copyOf(entries);
    }

    @Override
    public Map<String, String> createManifestEntries() {
        Map<String, String> all = new HashMap<>(super.createManifestEntries());
        all.putAll(entries);
        return all;
    }
}
