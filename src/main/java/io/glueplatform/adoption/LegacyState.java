package io.glueplatform.adoption;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The state of the deployment being adopted, read from a state file ({@code terraform.tfstate},
 * {@code terraform state pull}) or from {@code terraform show -json} output. Every problem with the input
 * is one {@link AdoptionException} sentence.
 *
 * @param format {@code state} (a state snapshot, usable as the stack's state in {@code moved} mode) or
 *               {@code show-json}
 */
public record LegacyState(String format, String terraformVersion, List<LegacyResource> resources) {

    /**
     * Terraform 1.x promises to read state snapshots written by Terraform 0.14 and later (v1.0 compatibility
     * promises); older state must first be upgraded by running the legacy root with a newer Terraform.
     */
    public static final int[] OLDEST_TERRAFORM = {0, 14, 0};

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final Pattern VERSION = Pattern.compile("(\\d+)\\.(\\d+)\\.(\\d+).*");
    private static final Pattern ARN = Pattern.compile("arn:[a-z-]+:[a-z0-9-]+:([a-z0-9-]*):([0-9]*):.*");

    public static LegacyState read(String environment, Path path) {
        String prefix = "environment '" + environment + "': FROM " + path + " ";
        if (!Files.exists(path)) {
            throw new AdoptionException(prefix + "does not exist; allowed: a state file, `terraform show -json` output or an initialised root module folder");
        }
        if (Files.isDirectory(path)) {
            throw new AdoptionException(prefix + "is a folder; make adopt reads a folder's state with `terraform state pull` before calling the matcher, so pass the state file here");
        }
        JsonNode document;
        try {
            document = MAPPER.readTree(Files.readString(path));
        } catch (JsonProcessingException e) {
            throw new AdoptionException(prefix + "is not Terraform state (not JSON); allowed: a state file or `terraform show -json` output");
        } catch (IOException e) {
            throw new AdoptionException(prefix + "cannot be read (" + e.getMessage() + ")");
        }
        return parse(environment, path.toString(), document);
    }

    static LegacyState parse(String environment, String source, JsonNode document) {
        String prefix = "environment '" + environment + "': FROM " + source + " ";
        if (document == null || !document.isObject()) {
            throw new AdoptionException(prefix + "is not Terraform state (not a JSON object); allowed: a state file or `terraform show -json` output");
        }
        if (document.has("version") && document.has("resources")) {
            int version = document.path("version").asInt();
            if (version != 4) {
                throw new AdoptionException(prefix + "has state format version " + version
                        + " (Terraform 0.11 or older); allowed: format 4, written by Terraform 0.14 or newer — run the legacy root once with a newer Terraform first");
            }
            String terraformVersion = checkedVersion(prefix, document);
            List<LegacyResource> resources = new ArrayList<>();
            for (JsonNode resource : document.path("resources")) {
                if (!"managed".equals(resource.path("mode").asText())) {
                    continue;
                }
                String base = (resource.hasNonNull("module") ? resource.path("module").asText() + "." : "")
                        + resource.path("type").asText() + "." + resource.path("name").asText();
                for (JsonNode instance : resource.path("instances")) {
                    if (instance.has("deposed")) {
                        continue;
                    }
                    resources.add(new LegacyResource(base + key(instance.path("index_key")), resource.path("type").asText(),
                            instance.path("attributes")));
                }
            }
            return new LegacyState("state", terraformVersion, List.copyOf(resources));
        }
        if (document.has("format_version") && document.has("terraform_version")) {
            String terraformVersion = checkedVersion(prefix, document);
            List<LegacyResource> resources = new ArrayList<>();
            collect(document.path("values").path("root_module"), resources);
            return new LegacyState("show-json", terraformVersion, List.copyOf(resources));
        }
        throw new AdoptionException(prefix + "is not Terraform state (neither \"version\"/\"resources\" of a state file nor \"format_version\" of `terraform show -json`); allowed: a state file or `terraform show -json` output");
    }

    private static void collect(JsonNode module, List<LegacyResource> resources) {
        for (JsonNode resource : module.path("resources")) {
            if ("managed".equals(resource.path("mode").asText())) {
                resources.add(new LegacyResource(resource.path("address").asText(), resource.path("type").asText(), resource.path("values")));
            }
        }
        for (JsonNode child : module.path("child_modules")) {
            collect(child, resources);
        }
    }

    private static String key(JsonNode key) {
        if (key.isMissingNode() || key.isNull()) {
            return "";
        }
        return key.isTextual() ? "[\"" + key.asText() + "\"]" : "[" + key.asText() + "]";
    }

    private static String checkedVersion(String prefix, JsonNode document) {
        String version = document.path("terraform_version").asText("");
        Matcher matcher = VERSION.matcher(version);
        if (!matcher.matches()) {
            throw new AdoptionException(prefix + "has no readable terraform_version ('" + version + "'); allowed: state written by Terraform 0.14 or newer");
        }
        int[] parts = {Integer.parseInt(matcher.group(1)), Integer.parseInt(matcher.group(2)), Integer.parseInt(matcher.group(3))};
        for (int i = 0; i < 3; i++) {
            if (parts[i] != OLDEST_TERRAFORM[i]) {
                if (parts[i] < OLDEST_TERRAFORM[i]) {
                    throw new AdoptionException(prefix + "was written by Terraform " + version
                            + ", which is too old; allowed: state written by Terraform 0.14 or newer — run the legacy root once with a newer Terraform first");
                }
                break;
            }
        }
        return version;
    }

    /**
     * Refuses a state of another account or region than the environment: every resource ARN that names an
     * account or a region must name the environment's.
     */
    public void checkBelongsTo(String environment, String accountId, String region) {
        for (LegacyResource resource : resources) {
            String arn = resource.attributes().path("arn").asText("");
            Matcher matcher = ARN.matcher(arn);
            if (!matcher.matches()) {
                continue;
            }
            String arnRegion = matcher.group(1);
            String arnAccount = matcher.group(2);
            if (!arnAccount.isEmpty() && !arnAccount.equals(accountId)) {
                throw new AdoptionException("environment '" + environment + "': the legacy state belongs to account " + arnAccount
                        + " (" + resource.address() + "); allowed: a state of the environment's accountId " + accountId);
            }
            if (!arnRegion.isEmpty() && !arnRegion.equals(region)) {
                throw new AdoptionException("environment '" + environment + "': the legacy state is in region " + arnRegion
                        + " (" + resource.address() + "); allowed: a state of the environment's region " + region);
            }
        }
    }
}
