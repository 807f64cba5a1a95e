package se.medborgarloften.render.jbake;

import org.jbake.app.Asset;
import org.jbake.app.configuration.JBakeConfiguration;

import java.io.File;

/**
 * Copies assets/ as JBake does, but not the files in content/: there they are content sources (JSON,
 * AsciiDoc) that must not be published as they are.
 */
final class SiteAssets extends Asset {

    SiteAssets(JBakeConfiguration config) {
        super(config);
    }

    @Override
    public void copyAssetsFromContent(File path) {
        // Content files are published only through the pages rendered from them.
    }
}
