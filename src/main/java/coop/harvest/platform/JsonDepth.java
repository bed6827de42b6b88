package coop.harvest.platform;

/**
 * How deeply a JSON text nests arrays and objects, counted without parsing. The JSON reader recurses per level, so
 * a body of twenty thousand '[' would exhaust its stack; no request body of this API nests more than a few levels.
 */
final class JsonDepth {

    static final int MAX = 32;

    private JsonDepth() {
    }

    static boolean exceeds(byte[] json, int limit) {
        int depth = 0;
        boolean inString = false;
        for (int i = 0; i < json.length; i++) {
            byte b = json[i];
            if (inString) {
                if (b == '\\') {
                    i++;
                } else if (b == '"') {
                    inString = false;
                }
            } else if (b == '"') {
                inString = true;
            } else if (b == '{' || b == '[') {
                if (++depth > limit) {
                    return true;
                }
            } else if (b == '}' || b == ']') {
                depth--;
            }
        }
        return false;
    }
}
