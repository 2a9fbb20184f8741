package org.hallway.load;

import jakarta.json.JsonObject;
import jakarta.json.JsonReaderFactory;
import jakarta.json.spi.JsonProvider;
import java.io.StringReader;
import java.util.Map;

/** JSON-P parsing with one shared reader factory. */
final class Json {

    private static final JsonReaderFactory READERS = JsonProvider.provider().createReaderFactory(Map.of());

    private Json() {
    }

    static JsonObject parse(String text) {
        try (var reader = READERS.createReader(new StringReader(text))) {
            return reader.readObject();
        }
    }
}
