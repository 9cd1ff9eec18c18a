package io.liaisoninsight.benchmarks;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

/** Samples CPU time of this JVM, of Elasticsearch (node stats) and of the machine ({@code /proc/stat}). */
public final class CpuMeter {

    /** One reading; {@link #since} turns two into cores used. */
    public record Sample(long wallNanos, long jvmNanos, long elasticsearchMillis, long machineBusyTicks,
                         long machineTotalTicks) {

        public CpuUse since(Sample start) {
            double wall = (wallNanos - start.wallNanos) / 1e9;
            double total = machineTotalTicks - start.machineTotalTicks;
            double machine = total <= 0 ? 0 : (machineBusyTicks - start.machineBusyTicks) / total
                    * Runtime.getRuntime().availableProcessors();
            return new CpuUse((jvmNanos - start.jvmNanos) / 1e9 / wall,
                    (elasticsearchMillis - start.elasticsearchMillis) / 1e3 / wall, machine);
        }
    }

    private final EsHttp elasticsearch;

    public CpuMeter(EsHttp elasticsearch) {
        this.elasticsearch = elasticsearch;
    }

    public Sample sample() throws IOException {
        long[] machine = machineTicks();
        return new Sample(System.nanoTime(), jvmCpuNanos(), elasticsearch.processCpuMillis(), machine[0], machine[1]);
    }

    private static long jvmCpuNanos() {
        if (ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os) {
            return os.getProcessCpuTime();
        }
        return 0;
    }

    /** Busy and total ticks of all CPUs; zeros where {@code /proc/stat} does not exist. */
    private static long[] machineTicks() {
        Path stat = Path.of("/proc/stat");
        if (!Files.isReadable(stat)) {
            return new long[] {0, 0};
        }
        try {
            String[] cpu = Files.readAllLines(stat).get(0).trim().split("\\s+");
            long[] ticks = Arrays.stream(cpu, 1, cpu.length).mapToLong(Long::parseLong).toArray();
            long total = Arrays.stream(ticks).limit(8).sum(); // user nice system idle iowait irq softirq steal
            long idle = ticks[3] + ticks[4];
            return new long[] {total - idle, total};
        } catch (IOException | RuntimeException e) {
            return new long[] {0, 0};
        }
    }
}
