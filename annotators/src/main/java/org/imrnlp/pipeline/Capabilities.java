package org.imrnlp.pipeline;

import java.util.ArrayList;
import java.util.List;
import org.apache.uima.analysis_engine.AnalysisEngineDescription;
import org.apache.uima.analysis_engine.TypeOrFeature;
import org.apache.uima.cas.Type;
import org.apache.uima.cas.TypeSystem;
import org.apache.uima.resource.metadata.Capability;

/** The types an engine description declares it reads and writes ({@code @TypeCapability}), without features. */
final class Capabilities {

    private Capabilities() {
    }

    /** The type names {@code engine} reads. */
    static List<String> inputs(AnalysisEngineDescription engine) {
        List<String> names = new ArrayList<>();
        for (Capability c : engine.getAnalysisEngineMetaData().getCapabilities()) {
            for (TypeOrFeature t : c.getInputs()) {
                if (t.isType()) {
                    names.add(t.getName());
                }
            }
        }
        return names;
    }

    /** The type names {@code engine} writes. */
    static List<String> outputs(AnalysisEngineDescription engine) {
        List<String> names = new ArrayList<>();
        for (Capability c : engine.getAnalysisEngineMetaData().getCapabilities()) {
            for (TypeOrFeature t : c.getOutputs()) {
                if (t.isType()) {
                    names.add(t.getName());
                }
            }
        }
        return names;
    }

    /** Whether {@code engine} writes {@code type} or a subtype of it. */
    static boolean writes(AnalysisEngineDescription engine, String type, TypeSystem types) {
        Type wanted = types.getType(type);
        for (String output : outputs(engine)) {
            Type written = types.getType(output);
            if (output.equals(type) || wanted != null && written != null && types.subsumes(wanted, written)) {
                return true;
            }
        }
        return false;
    }
}
