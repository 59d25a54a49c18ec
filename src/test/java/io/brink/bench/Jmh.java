package io.brink.bench;

import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.CommandLineOptions;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;

/**
 * JMH's command line ({@code scripts/jmh.sh}), with {@link LanguageCoderBenchmark}'s
 * {@code language} set to every language Brink codes that has a sentences file, unless the
 * command line names some ({@code -p language=es,fr}): a language is measured once its files land,
 * without a change to the benchmark.
 */
public final class Jmh {

    private Jmh() {
    }

    public static void main(String[] args) throws Exception {
        CommandLineOptions cli = new CommandLineOptions(args);
        Options options = cli;
        if (!cli.getParameter("language").hasValue()) {
            options = new OptionsBuilder().parent(cli)
                    .param("language", LanguageCoderBenchmark.languages().toArray(String[]::new)).build();
        }
        new Runner(options).run();
    }
}
