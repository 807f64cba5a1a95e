package se.medborgarloften.render.jbake;

import freemarker.template.Configuration;
import se.medborgarloften.support.Sha256;

import java.io.File;
import java.io.IOException;
import java.util.function.Supplier;

/**
 * The Freemarker configuration of the last bake, with the templates it has parsed and the accessors its
 * object wrapper has made for each class, kept for the next bake while the templates folder holds the same
 * files. The live preview bakes after every save; a new configuration for each parsed every template again
 * and made every class's accessors again (ClassAccessors), all of it before the first pages could render. The folder is compared by its files' bytes, not their
 * times, so a template saved twice within the file system's clock tick is never mistaken for the one before.
 */
final class KeptTemplates {

    private String folderDigest;
    private Configuration kept;

    /** The kept configuration when the folder is unchanged since it was made, or a new one, kept from now on. */
    synchronized Configuration configuration(File folder, Supplier<Configuration> make) {
        String digest;
        try {
            digest = Sha256.ofTree(folder.toPath());
        } catch (IOException e) {
            // Freemarker reports the folder it cannot read; nothing is kept that could be out of date.
            kept = null;
            return make.get();
        }
        if (kept == null || !digest.equals(folderDigest)) {
            kept = make.get();
            folderDigest = digest;
        }
        return kept;
    }
}
