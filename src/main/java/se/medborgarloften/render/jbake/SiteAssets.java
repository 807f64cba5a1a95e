package se.medborgarloften.render.jbake;

import org.jbake.app.Asset;
import org.jbake.app.configuration.JBakeConfiguration;
import se.medborgarloften.publish.StagingSite;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/**
 * Copies assets/ as JBake does, but not the files in content/: there they are content sources (JSON,
 * AsciiDoc) that must not be published as they are. The copied files are reported to the staging site
 * as part of this build, so that it keeps them.
 */
final class SiteAssets extends Asset {

    private final JBakeConfiguration config;
    private final StagingSite output;

    SiteAssets(JBakeConfiguration config, StagingSite output) {
        super(config);
        this.config = config;
        this.output = output;
    }

    @Override
    public void copy(File path) {
        super.copy(path);
        Path assets = path.toPath();
        Path destination = config.getDestinationFolder().toPath();
        if (!Files.isDirectory(assets)) {
            return;
        }
        try (Stream<Path> files = Files.walk(assets)) {
            files.filter(Files::isRegularFile)
                    .map(file -> assets.relativize(file).toString())
                    .filter(relative -> Files.isRegularFile(destination.resolve(relative)))
                    .forEach(output::markWritten);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void copyAssetsFromContent(File path) {
        // Content files are published only through the pages rendered from them.
    }
}
