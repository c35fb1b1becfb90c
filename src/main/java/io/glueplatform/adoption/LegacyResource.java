package io.glueplatform.adoption;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * One managed resource instance of the legacy state: its address (never interpreted, only reported and
 * written into moved/removed blocks), its type and the attributes Terraform recorded.
 */
public record LegacyResource(String address, String type, JsonNode attributes) {
}
