package io.glueplatform.config;

import java.util.List;
import java.util.regex.Pattern;

/**
 * The naming rules of each AWS service whose names the platform derives from the environment. {@link #violation}
 * names the first rule a name breaks, in the service's own words, so a problem can say which rule and why.
 */
public enum AwsNameKind {

    /** S3 general purpose bucket naming rules (docs.aws.amazon.com/AmazonS3/latest/userguide/bucketnamingrules.html). */
    S3_BUCKET("S3 bucket name", 3, 63, "[a-z0-9.-]+", "lower-case letters, digits, '.' and '-'") {
        @Override
        String extra(String name) {
            if (!Character.isLetterOrDigit(name.charAt(0)) || !Character.isLetterOrDigit(name.charAt(name.length() - 1))) {
                return "it must begin and end with a letter or digit";
            }
            if (name.contains("..")) {
                return "it must not contain two adjacent periods";
            }
            if (name.matches("\\d+\\.\\d+\\.\\d+\\.\\d+")) {
                return "it must not look like an IP address";
            }
            for (String prefix : List.of("xn--", "sthree-", "amzn-s3-demo-")) {
                if (name.startsWith(prefix)) {
                    return "it must not start with '" + prefix + "' (reserved by S3)";
                }
            }
            for (String suffix : List.of("-s3alias", "--ol-s3", ".mrap", "--x-s3", "--table-s3")) {
                if (name.endsWith(suffix)) {
                    return "it must not end with '" + suffix + "' (reserved by S3)";
                }
            }
            return null;
        }
    },
    IAM_ROLE("IAM role name", 1, 64, "[A-Za-z0-9+=,.@_-]+", "letters, digits and +=,.@_-"),
    IAM_INSTANCE_PROFILE("IAM instance profile name", 1, 128, "[A-Za-z0-9+=,.@_-]+", "letters, digits and +=,.@_-"),
    IAM_SESSION_NAME("IAM role session name", 2, 64, "[A-Za-z0-9+=,.@_-]+", "letters, digits and +=,.@_-"),
    /** DB instance identifiers, DB parameter groups and Redshift cluster identifiers share these rules. */
    RDS_IDENTIFIER("RDS DB identifier", 1, 63, "[a-z0-9-]+", "lower-case letters, digits and '-'") {
        @Override
        String extra(String name) {
            return hyphenRules(name);
        }
    },
    RDS_PARAMETER_GROUP("RDS DB parameter group name", 1, 255, "[a-z0-9-]+", "lower-case letters, digits and '-'") {
        @Override
        String extra(String name) {
            return hyphenRules(name);
        }
    },
    RDS_SUBNET_GROUP("DB subnet group name", 1, 255, "[a-z0-9 ._-]+", "lower-case letters, digits, spaces and ._-") {
        @Override
        String extra(String name) {
            return "default".equals(name) ? "it must not be 'default'" : null;
        }
    },
    REDSHIFT_CLUSTER("Redshift cluster identifier", 1, 63, "[a-z0-9-]+", "lower-case letters, digits and '-'") {
        @Override
        String extra(String name) {
            return hyphenRules(name);
        }
    },
    GLUE_NAME("Glue name", 1, 255, "[\\x20-\\x7E]+", "printable single-line characters"),
    /** Glue itself accepts more, but Athena and Spark SQL refuse other characters in database names. */
    GLUE_DATABASE("Glue catalog database name", 1, 255, "[a-z0-9_]+", "lower-case letters, digits and '_'"),
    LOG_GROUP("CloudWatch log group name", 1, 512, "[A-Za-z0-9._/#-]+", "letters, digits and ._-/#"),
    SECRET("Secrets Manager secret name", 1, 512, "[A-Za-z0-9/_+=.@-]+", "letters, digits and /_+=.@-"),
    /** ECR: lower-case components separated by single '.', '_' or '-' (no two separators in a row). */
    ECR_REPOSITORY("ECR repository name", 2, 256, "(?:[a-z0-9]+(?:[._-][a-z0-9]+)*/)*[a-z0-9]+(?:[._-][a-z0-9]+)*",
            "lower-case letters and digits, separated by single '.', '_', '-' or '/'"),
    KMS_ALIAS("KMS alias", 7, 256, "alias/[A-Za-z0-9/_-]+", "alias/ then letters, digits and /_-") {
        @Override
        String extra(String name) {
            return name.startsWith("alias/aws/") ? "it must not start with 'alias/aws/' (reserved for AWS managed keys)" : null;
        }
    },
    SECURITY_GROUP("security group name", 1, 255, "[A-Za-z0-9 ._\\-:/()#,@\\[\\]+=&;{}!$*]+", "letters, digits, spaces and ._-:/()#,@[]+=&;{}!$*") {
        @Override
        String extra(String name) {
            return name.startsWith("sg-") ? "it must not start with 'sg-'" : null;
        }
    },
    LAUNCH_TEMPLATE("launch template name", 3, 128, "[A-Za-z0-9().\\-/_]+", "letters, digits and ().-/_"),
    ECS_NAME("ECS name", 1, 255, "[A-Za-z0-9_-]+", "letters, digits, '_' and '-'"),
    DYNAMODB_TABLE("DynamoDB table name", 3, 255, "[A-Za-z0-9_.-]+", "letters, digits and _.-"),
    /** HCP Terraform / Terraform Enterprise workspace names. */
    TERRAFORM_WORKSPACE("HCP Terraform workspace name", 1, 90, "[A-Za-z0-9_-]+", "letters, digits, '_' and '-'");

    private final String label;
    private final int minLength;
    private final int maxLength;
    private final Pattern characters;
    private final String charactersInWords;

    AwsNameKind(String label, int minLength, int maxLength, String characters, String charactersInWords) {
        this.label = label;
        this.minLength = minLength;
        this.maxLength = maxLength;
        this.characters = Pattern.compile(characters);
        this.charactersInWords = charactersInWords;
    }

    public String label() {
        return label;
    }

    /** The service's rules in one phrase, for the "allowed:" part of a problem. */
    public String rules() {
        return minLength + "-" + maxLength + " characters: " + charactersInWords;
    }

    /** The first rule {@code name} breaks, or null. */
    public String violation(String name) {
        if (name.length() < minLength || name.length() > maxLength) {
            return "it has " + name.length() + " characters";
        }
        if (!characters.matcher(name).matches()) {
            return "it has characters other than " + charactersInWords;
        }
        return extra(name);
    }

    String extra(String name) {
        return null;
    }

    /** RDS and Redshift: start with a letter, no '--', no '-' at the end. */
    static String hyphenRules(String name) {
        if (!Character.isLetter(name.charAt(0))) {
            return "it must start with a letter";
        }
        if (name.contains("--")) {
            return "it must not contain '--'";
        }
        if (name.endsWith("-")) {
            return "it must not end with '-'";
        }
        return null;
    }
}
