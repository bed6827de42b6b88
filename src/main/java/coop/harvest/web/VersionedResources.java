package coop.harvest.web;

import jakarta.faces.application.Resource;
import jakarta.faces.application.ResourceHandler;
import jakarta.faces.application.ResourceHandlerWrapper;
import jakarta.faces.application.ResourceWrapper;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Set;
import java.util.TreeSet;

/**
 * Gives every Faces resource address a version ({@code v=}) so that platform.StaticCaching may let browsers keep it
 * for a year: PrimeFaces' own resources carry its release already; the application's stylesheets, scripts and
 * images (webapp resources and the theme contracts) get a digest of all their bytes, which changes with any edit.
 */
public class VersionedResources extends ResourceHandlerWrapper {

    private volatile String version;

    public VersionedResources(ResourceHandler wrapped) {
        super(wrapped);
    }

    @Override
    public Resource createResource(String name) {
        return versioned(super.createResource(name));
    }

    @Override
    public Resource createResource(String name, String library) {
        return versioned(super.createResource(name, library));
    }

    @Override
    public Resource createResource(String name, String library, String contentType) {
        return versioned(super.createResource(name, library, contentType));
    }

    private Resource versioned(Resource resource) {
        if (resource == null) {
            return null;
        }
        return new ResourceWrapper(resource) {
            @Override
            public String getRequestPath() {
                String path = super.getRequestPath();
                if (path.contains("?v=") || path.contains("&v=")) {
                    return path;
                }
                return path + (path.contains("?") ? "&" : "?") + "v=" + version();
            }
        };
    }

    private String version() {
        String current = version;
        if (current == null) {
            current = digest(FacesContext.getCurrentInstance().getExternalContext());
            version = current;
        }
        return current;
    }

    /** The first 10 hex digits of the SHA-256 of every file under /resources and /contracts, in name order. */
    static String digest(ExternalContext context) {
        Set<String> files = new TreeSet<>();
        collect(context, "/resources/", files);
        collect(context, "/contracts/", files);
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            for (String file : files) {
                sha.update(file.getBytes(StandardCharsets.UTF_8));
                try (InputStream in = context.getResourceAsStream(file)) {
                    if (in != null) {
                        sha.update(in.readAllBytes());
                    }
                }
            }
            return HexFormat.of().formatHex(sha.digest()).substring(0, 10);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void collect(ExternalContext context, String folder, Set<String> files) {
        Set<String> paths = context.getResourcePaths(folder);
        if (paths == null) {
            return;
        }
        for (String path : paths) {
            if (path.endsWith("/")) {
                collect(context, path, files);
            } else {
                files.add(path);
            }
        }
    }
}
