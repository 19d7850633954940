package io.microscout.bench;

import io.microscout.bench.embed.EmbedBenchCommand;
import io.microscout.bench.ingest.IngestBenchCommand;
import io.microscout.cli.common.CommandGroup;
import picocli.CommandLine.Command;

/** {@code microscout bench}: benchmarks that print numbers and compare with a baseline in the same run. */
@Command(
        name = "bench",
        mixinStandardHelpOptions = true,
        description = "Benchmarks that print latency, throughput and memory figures against a baseline.",
        subcommands = {
            IngestBenchCommand.class,
            io.microscout.bench.ingest.KillBenchCommand.class,
            BenchDiscoverCommand.class,
            BenchPlanCommand.class,
            EmbedBenchCommand.class,
            io.microscout.bench.firsthour.FirstHourBenchCommand.class,
            ServeBenchCommand.class,
            io.microscout.bench.booster.BoosterBenchCommand.class,
            io.microscout.bench.csv.CsvBenchCommand.class
        })
public final class BenchCommand extends CommandGroup {}
