package coop.harvest.platform;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbConfig;
import jakarta.ws.rs.ext.ContextResolver;
import jakarta.ws.rs.ext.Provider;

/** One JSON-B instance for all responses: absent optional fields are left out rather than written as null. */
@Provider
public class JsonbSettings implements ContextResolver<Jsonb> {

    private static final Jsonb JSONB = JsonbBuilder.create(new JsonbConfig().withNullValues(false));

    @Override
    public Jsonb getContext(Class<?> type) {
        return JSONB;
    }
}
