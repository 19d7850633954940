package io.microscout.app;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import io.microscout.creator.CreatorKey;
import java.util.Iterator;
import java.util.Map;

/**
 * A saved plan's JSON document (as {@code plan --json} writes it) without one creator: every object naming them
 * ({@code platform} + {@code handle}) is taken out of its list, and any text naming them ({@code platform:handle} or
 * {@code @handle}) has that name replaced by {@value #REPLACEMENT}.
 */
final class PlanDocumentRedaction {
    static final String REPLACEMENT = "[forgotten creator]";
    private static final ObjectMapper JSON = new ObjectMapper();

    private PlanDocumentRedaction() {}

    static String without(String document, CreatorKey creator) {
        JsonNode root;
        try {
            root = JSON.readTree(document);
        } catch (JsonProcessingException e) {
            return replaceNames(document, creator); // not JSON (an older or hand-made document): its text only
        }
        try {
            return JSON.writeValueAsString(redact(root, creator));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write the plan document: " + e.getMessage(), e);
        }
    }

    private static JsonNode redact(JsonNode node, CreatorKey creator) {
        if (node.isTextual()) {
            return new TextNode(replaceNames(node.asText(), creator));
        }
        if (node instanceof ArrayNode array) {
            for (Iterator<JsonNode> it = array.elements(); it.hasNext(); ) {
                if (names(it.next(), creator)) {
                    it.remove();
                }
            }
            for (int i = 0; i < array.size(); i++) {
                array.set(i, redact(array.get(i), creator));
            }
        } else if (node instanceof ObjectNode object) {
            for (Map.Entry<String, JsonNode> e : object.properties()) {
                e.setValue(redact(e.getValue(), creator));
            }
        }
        return node;
    }

    private static boolean names(JsonNode node, CreatorKey creator) {
        return node.isObject()
                && creator.platform().id().equals(node.path("platform").asText(null))
                && creator.handle().equals(node.path("handle").asText(null));
    }

    private static String replaceNames(String text, CreatorKey creator) {
        return text.replace(creator.toString(), REPLACEMENT).replace("@" + creator.handle(), REPLACEMENT);
    }
}
