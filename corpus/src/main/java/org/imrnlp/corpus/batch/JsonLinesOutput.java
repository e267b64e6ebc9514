package org.imrnlp.corpus.batch;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.imrnlp.core.json.JsonForm;

/**
 * The one JSON Lines file of a batch: lines are appended whole, one write each, under a lock.
 * On opening, the sources already in the file are read, and a last line cut off by an
 * interruption (no line end, or not a document) is dropped.
 */
final class JsonLinesOutput implements AutoCloseable {

    private final FileChannel channel;
    private final Set<String> sources = ConcurrentHashMap.newKeySet();

    private JsonLinesOutput(FileChannel channel) {
        this.channel = channel;
    }

    static JsonLinesOutput open(Path file) throws IOException {
        FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ,
                StandardOpenOption.WRITE);
        JsonLinesOutput output = new JsonLinesOutput(channel);
        try {
            output.recover(file);
        } catch (IOException e) {
            channel.close();
            throw e;
        }
        return output;
    }

    private void recover(Path file) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        int keep = 0;
        int start = 0;
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == '\n') {
                String line = new String(bytes, start, i - start, StandardCharsets.UTF_8);
                if (!line.isBlank()) {
                    try {
                        sources.add(JsonForm.fromJson(line).source());
                    } catch (IOException e) {
                        break;
                    }
                }
                start = i + 1;
                keep = start;
            }
        }
        channel.truncate(keep);
        channel.position(keep);
    }

    boolean contains(String source) {
        return sources.contains(source);
    }

    synchronized void append(String line) throws IOException {
        ByteBuffer buffer = ByteBuffer.wrap(line.getBytes(StandardCharsets.UTF_8));
        while (buffer.hasRemaining()) {
            channel.write(buffer);
        }
    }

    @Override
    public void close() throws IOException {
        channel.close();
    }
}
