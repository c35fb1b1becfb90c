package io.glueplatform.checks.rules.ec2;

import io.glueplatform.checks.StackModel;
import io.glueplatform.checks.model.Resource;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** What the EC2 rules share: an instance's launch template, and what a secret in user data looks like. */
final class Hosts {

    /** Credentials by shape (AWS access key id, PEM private key) or a literal assigned to a secret-looking name. */
    private static final List<Pattern> SECRETS = List.of(
            Pattern.compile("\\b(AKIA|ASIA)[0-9A-Z]{16}\\b"),
            Pattern.compile("-----BEGIN (RSA |EC |OPENSSH |DSA )?PRIVATE KEY-----"),
            Pattern.compile("(?i)\\b(aws_secret_access_key|[a-z_]*password|passwd|[a-z_]*secret|[a-z_]*token|api_?key)\\b\\s*[=:]\\s*['\"]?([^\\s'\"$`(){}]{8,})"));

    private Hosts() {
    }

    /** The launch template an instance is built from, when it is in the document. */
    static Optional<Resource> template(StackModel model, Resource resource) {
        if (!"aws_instance".equals(resource.type())) {
            return Optional.empty();
        }
        String ref = io.glueplatform.checks.model.TerraformDocument.ref(resource.block("launch_template").path("id"));
        if (ref == null) {
            ref = io.glueplatform.checks.model.TerraformDocument.ref(resource.block("launch_template").path("name"));
        }
        return model.document().resource(ref).filter(r -> r.type().equals("aws_launch_template"));
    }

    /** Descriptions (never the values) of what looks like a secret in a text. */
    static List<String> secretsIn(String text) {
        List<String> found = new ArrayList<>();
        for (int i = 0; i < SECRETS.size(); i++) {
            Matcher matcher = SECRETS.get(i).matcher(text);
            while (matcher.find()) {
                found.add(switch (i) {
                    case 0 -> "an AWS access key id";
                    case 1 -> "a private key";
                    default -> "a literal value for " + matcher.group(1);
                });
            }
        }
        return found.stream().distinct().toList();
    }
}
