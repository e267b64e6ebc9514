package org.imrnlp.core.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.SerializerProvider;
import java.io.IOException;
import org.imrnlp.core.Assertion;

/** The guide's JSON shape of an {@link Assertion}: {@code subject} as its label. */
final class AssertionJson {

    private AssertionJson() {
    }

    static final class Serializer extends JsonSerializer<Assertion> {
        @Override
        public void serialize(Assertion a, JsonGenerator g, SerializerProvider p) throws IOException {
            g.writeStartObject();
            g.writeBooleanField("negated", a.negated());
            g.writeBooleanField("uncertain", a.uncertain());
            g.writeBooleanField("historical", a.historical());
            g.writeBooleanField("generic", a.generic());
            g.writeStringField("subject", a.subject().label());
            g.writeEndObject();
        }
    }

    static final class Deserializer extends JsonDeserializer<Assertion> {
        @Override
        public Assertion deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            JsonNode n = parser.readValueAsTree();
            return new Assertion(n.path("negated").asBoolean(false), n.path("uncertain").asBoolean(false),
                    n.path("historical").asBoolean(false), n.path("generic").asBoolean(false),
                    Assertion.Subject.fromLabel(n.path("subject").asText("patient")));
        }
    }
}
