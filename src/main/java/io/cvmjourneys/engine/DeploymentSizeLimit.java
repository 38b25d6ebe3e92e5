package io.cvmjourneys.engine;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import org.springframework.util.unit.DataSize;

/**
 * Camunda REST reads a deployment's files into memory whatever their size; the application's other
 * uploads stop at the multipart limits ({@code spring.servlet.multipart.max-request-size}). A deployment
 * over that limit gets 413 and nothing is deployed, so a huge file cannot fill the engine's memory.
 * The body is counted as it is read, so a request without a Content-Length is held to it too; Camunda's
 * multipart reader wraps what the count throws, and {@link EngineRestAnswers} answers it.
 */
class DeploymentSizeLimit implements ContainerRequestFilter {

    private static final String DEPLOY_PATH = "deployment/create";

    private final DataSize limit;

    DeploymentSizeLimit(DataSize limit) {
        this.limit = limit;
    }

    @Override
    public void filter(ContainerRequestContext request) {
        if (request.getUriInfo().getPath().endsWith(DEPLOY_PATH)) {
            request.setEntityStream(new Counted(request.getEntityStream()));
        }
    }

    /** Thrown while the deployment is read, once it has more bytes than the limit. */
    static final class TooLarge extends RuntimeException {

        private TooLarge(DataSize limit) {
            super("The deployment is too large: its files may have at most " + limit.toMegabytes()
                    + "MB together. Nothing was deployed.");
        }
    }

    private final class Counted extends FilterInputStream {

        private long read;

        Counted(InputStream in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            int next = super.read();
            count(next < 0 ? 0 : 1);
            return next;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int got = super.read(buffer, offset, length);
            count(Math.max(got, 0));
            return got;
        }

        private void count(int bytes) {
            read += bytes;
            if (read > limit.toBytes()) {
                throw new TooLarge(limit);
            }
        }
    }
}
