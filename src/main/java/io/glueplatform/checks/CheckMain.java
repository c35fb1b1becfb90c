package io.glueplatform.checks;

import io.glueplatform.checks.model.InvalidDocumentException;
import io.glueplatform.checks.model.TerraformDocument;
import io.glueplatform.checks.report.JUnitReport;
import io.glueplatform.checks.report.SarifReport;
import io.glueplatform.checks.report.TextReport;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code make check FILE=...}: the checks engine on any Terraform JSON configuration (a CDKTF program's cdk.tf.json
 * or a hand-written *.tf.json), with the suppressions the document carries on its resources.
 *
 * <pre>
 * java -cp target/classes:$(cat target/classpath.txt) io.glueplatform.checks.CheckMain \
 *     [--junit report.xml] [--sarif report.sarif] [--colour|--no-colour] FILE...
 * </pre>
 * Exit status: 0 no error finding; 3 error findings (as a synth); 2 bad input or usage (one line, no stack trace).
 */
public final class CheckMain {

    static final String USAGE = "usage: CheckMain [--junit FILE] [--sarif FILE] [--colour|--no-colour] TERRAFORM_JSON...";

    private CheckMain() {
    }

    public static void main(String[] args) {
        System.exit(run(args, System.out, System.err));
    }

    /** Runs and returns the exit status; everything printed goes to {@code out} / {@code err}. */
    public static int run(String[] args, PrintStream out, PrintStream err) {
        Path junit = null;
        Path sarif = null;
        Boolean colour = null;
        List<Path> files = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            switch (arg) {
                case "--junit", "--sarif" -> {
                    if (i + 1 >= args.length) {
                        err.println("checks: " + arg + " needs a file name; " + USAGE);
                        return 2;
                    }
                    Path target = Path.of(args[++i]);
                    if (arg.equals("--junit")) {
                        junit = target;
                    } else {
                        sarif = target;
                    }
                }
                case "--colour", "--color" -> colour = true;
                case "--no-colour", "--no-color" -> colour = false;
                default -> {
                    if (arg.startsWith("--")) {
                        err.println("checks: unknown option " + arg + "; " + USAGE);
                        return 2;
                    }
                    files.add(Path.of(arg));
                }
            }
        }
        if (files.isEmpty()) {
            err.println("checks: no file given; " + USAGE);
            return 2;
        }
        TextReport text = new TextReport(colour != null ? colour : TextReport.terminal());
        List<CheckResult> results = new ArrayList<>();
        List<String> artifacts = new ArrayList<>();
        try {
            for (Path file : files) {
                TerraformDocument document = TerraformDocument.read(file);
                CheckResult result = Checks.run(file.toString(), document, List.of());
                text.print(result, out, "checks ");
                results.add(result);
                artifacts.add(file.toString().replace('\\', '/'));
            }
        } catch (InvalidDocumentException | InvalidSuppressionException e) {
            err.println("checks: " + e.getMessage());
            return 2;
        }
        try {
            if (junit != null) {
                write(junit, JUnitReport.render(results));
                out.println("checks: JUnit report written to " + junit);
            }
            if (sarif != null) {
                write(sarif, SarifReport.render(results, artifacts));
                out.println("checks: SARIF report written to " + sarif);
            }
        } catch (IOException e) {
            err.println("checks: cannot write the report: " + e.getMessage());
            return 2;
        }
        return results.stream().allMatch(CheckResult::passed) ? 0 : 3;
    }

    private static void write(Path file, String content) throws IOException {
        if (file.getParent() != null) {
            Files.createDirectories(file.getParent());
        }
        Files.writeString(file, content);
    }
}
