package se.medborgarloften.render.jbake;

import org.jbake.app.configuration.DefaultJBakeConfiguration;
import org.jbake.app.configuration.JBakeConfigurationFactory;
import org.jbake.launcher.JettyServer;

import java.nio.file.Path;

/** Serves a built site on localhost with JBake's own web server, for previews. */
public final class PreviewServer {

    private final Path project;

    public PreviewServer(Path project) {
        this.project = project.toAbsolutePath().normalize();
    }

    /** Serves the folder until the process is stopped. */
    public void serve(Path site, int port) {
        DefaultJBakeConfiguration config = new JBakeConfigurationFactory()
                .createJettyJbakeConfiguration(project.toFile(), site.toFile(), false);
        config.setServerPort(port);
        new JettyServer().run(site.toString(), config);
    }
}
