package se.medborgarloften.render.jbake;

import org.apache.commons.configuration2.CompositeConfiguration;
import org.jbake.app.configuration.DefaultJBakeConfiguration;

import java.io.File;
import java.util.Collections;
import java.util.Map;

/**
 * JBake's configuration, read from jbake.properties as JBake reads it. JBake hands templates the
 * configuration as a map built afresh for every page (about a hundred keys); the configuration does not
 * change during a bake, so the map is built once.
 */
final class SiteConfiguration extends DefaultJBakeConfiguration {

    private Map<String, Object> templateMap;

    SiteConfiguration(File sourceFolder, CompositeConfiguration configuration, File destination) {
        super(sourceFolder, configuration);
        setDestinationFolder(destination);
        setClearCache(true);
    }

    @Override
    public synchronized Map<String, Object> asHashMap() {
        if (templateMap == null) {
            templateMap = Collections.unmodifiableMap(super.asHashMap());
        }
        return templateMap;
    }
}
