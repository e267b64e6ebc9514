package org.imrnlp.models.ner;

import opennlp.tools.util.ext.ExtensionLoader;

/**
 * Lets OpenNLP instantiate this package's classes named in a model file (the
 * {@link ManifestNerFactory} and the {@link VocabularyFeatureGeneratorFactory}): OpenNLP loads
 * extension classes only from packages registered as allowed. Only this package is registered.
 */
public final class NerExtensions {

    private static final String PACKAGE = NerExtensions.class.getPackageName();

    static {
        ExtensionLoader.registerAllowedPackage(PACKAGE);
    }

    private NerExtensions() {
    }

    /** Registers the package (once per class loader; later calls do nothing). */
    public static void register() {
        // the static initializer does the work
    }
}
