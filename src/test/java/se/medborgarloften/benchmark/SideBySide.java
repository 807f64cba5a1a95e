package se.medborgarloften.benchmark;

import se.medborgarloften.TestProjects;
import se.medborgarloften.cli.ForkedJvm;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * This program against another version of it, on the same synthetic content: both are loaded into one JVM
 * with the site's options and build in turn, every page rendered (prose cached), for a number of rounds.
 * This machine's speed drifts by a tenth within minutes and by a third within hours, more than most changes
 * measured here; builds that alternate within one JVM see the same drift, so their medians differ by what
 * the programs do. The heap is doubled, since both programs are loaded; the class-data archive is left out,
 * since it is made for one program.
 */
final class SideBySide {

    private SideBySide() {
    }

    /** @param before the compiled classes of the other version, e.g. a worktree's target/classes */
    static void run(Path project, Path before, Path after, List<int[]> sizes, int rounds) throws IOException, InterruptedException {
        for (int[] size : sizes) {
            Path root = project.resolve("target/benchmark/side-by-side-" + size[0] + "x" + size[1]);
            Path aside = Benchmark.moveAside(root);
            SyntheticContent.write(project, root.resolve("before"), size[0], size[1]);
            TestProjects.copyTree(root.resolve("before"), root.resolve("after"));
            System.out.printf("%nSide by side, %d areas x %d periods: before = %s, after = %s%n", size[0], size[1], before, after);
            List<String> command = new ArrayList<>();
            command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
            command.addAll(ForkedJvm.splitOptions(System.getProperty("benchmark.jvm", "")));
            command.addAll(List.of("-Xms1536m", "-Xmx1536m", "-cp", Benchmark.required("benchmark.testClasses"),
                    InterleavedBuilds.class.getName(), before.toString(), after.toString(),
                    Benchmark.required("benchmark.libraries"), root.resolve("before").toString(),
                    root.resolve("after").toString(), String.valueOf(rounds)));
            int exit = new ProcessBuilder(command).inheritIO().start().waitFor();
            TestProjects.deleteTree(aside);
            if (exit != 0) {
                throw new IllegalStateException("The side-by-side builds failed (exit " + exit + ")");
            }
        }
    }
}
