package se.medborgarloften.render.jbake;

import org.jbake.app.Asset;
import org.jbake.app.configuration.JBakeConfiguration;
import se.medborgarloften.output.StagingSite;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/**
 * Copies assets/ as JBake does, but not the files in content/: there they are content sources (JSON,
 * AsciiDoc) that must not be published as they are. The files are written through the staging site, as part
 * of this build, so that it keeps them.
 */
final class SiteAssets extends Asset {

    private final JBakeConfiguration config;
    private final StagingSite output;

    SiteAssets(JBakeConfiguration config, StagingSite output) {
        super(config);
        this.config = config;
        this.output = output;
    }

    /**
     * Copies each file of assets/ into the site through the staging site, which writes only what changed. JBake's
     * own copier logged a file it could not copy (a full disk) with a stack trace and went on; here the failure
     * ends the build, which says plainly what happened (see build/DiskFull).
     */
    @Override
    public void copy(File path) {
        Path assets = path.toPath();
        if (!Files.isDirectory(assets)) {
            return;
        }
        try (Stream<Path> files = Files.walk(assets)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                if (config.getAssetIgnoreHidden() && file.getFileName().toString().startsWith(".")) {
                    continue;
                }
                output.write(assets.relativize(file).toString(), Files.readAllBytes(file));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void copyAssetsFromContent(File path) {
        // Content files are published only through the pages rendered from them.
    }
}
