package se.medborgarloften.faults;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A small file system made for a test: a tmpfs of a given size mounted on a folder, as root or, on a CI runner,
 * with sudo that asks no password. Mounting needs Linux and one of those; elsewhere the test says so and is skipped.
 */
final class SmallFileSystem {

    private SmallFileSystem() {
    }

    /** Mounts a tmpfs of this size ("6m") on the folder, owned by this user; null, or why it could not be done. */
    static String mount(Path folder, String size) {
        if (!System.getProperty("os.name").toLowerCase().contains("linux")) {
            return "a small file system is made with Linux's tmpfs; this is " + System.getProperty("os.name");
        }
        String owner;
        try {
            owner = ",uid=" + Files.getAttribute(folder, "unix:uid") + ",gid=" + Files.getAttribute(folder, "unix:gid");
        } catch (IOException | UnsupportedOperationException e) {
            owner = "";
        }
        List<String> mount = List.of("mount", "-t", "tmpfs", "-o", "size=" + size + ",mode=0755" + owner, "tmpfs", folder.toString());
        String direct = run(mount);
        if (direct == null) {
            return null;
        }
        List<String> withSudo = new ArrayList<>(List.of("sudo", "-n"));
        withSudo.addAll(mount);
        String sudo = run(withSudo);
        return sudo == null ? null : "could not mount a small file system for the test: " + direct.strip() + "; with sudo: " + sudo.strip();
    }

    static void unmount(Path folder) {
        if (run(List.of("umount", folder.toString())) != null) {
            run(List.of("sudo", "-n", "umount", folder.toString()));
        }
    }

    /** Runs the command; null when it succeeded, else what it said. */
    private static String run(List<String> command) {
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
            String output = new String(process.getInputStream().readAllBytes());
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                return String.join(" ", command) + " did not finish";
            }
            return process.exitValue() == 0 ? null : String.join(" ", command) + ": " + output;
        } catch (IOException e) {
            return String.join(" ", command) + ": " + e.getMessage();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "interrupted";
        }
    }
}
