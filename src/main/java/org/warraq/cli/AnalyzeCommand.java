package org.warraq.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.Callable;
import org.warraq.search.analysis.WarraqAnalyzer;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code warraq analyze}: shows the search terms of a text, to explain why a search finds what it finds. */
@Command(name = "analyze", mixinStandardHelpOptions = true,
        description = "Print the search terms of each TEXT (or of each line of standard input), one line each:%n"
                + "per word its normalised form, stem and alternatives, tab-separated (docs/search.md section 1).%n"
                + "Put -- before a TEXT that starts with a dash.")
public final class AnalyzeCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(paramLabel = "TEXT", arity = "0..*", description = "Texts to analyse (default: the lines of standard input).")
    List<String> texts = List.of();

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        if (!texts.isEmpty()) {
            texts.forEach(text -> print(out, text));
        } else {
            BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                print(out, line);
            }
        }
        out.flush();
        return 0;
    }

    private static void print(PrintWriter out, String text) {
        out.println(String.join("\t", WarraqAnalyzer.terms(text)));
    }
}
