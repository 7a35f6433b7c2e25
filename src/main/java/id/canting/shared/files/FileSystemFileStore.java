package id.canting.shared.files;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.UUID;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Keeps files under one directory ({@code canting.files.dir}, by default {@code ./data/files} beside
 * the H2 database), two levels of folders by the key's first characters so no folder grows huge. Keys
 * are random UUIDs: a file name from a user never becomes a path.
 */
@Component
class FileSystemFileStore implements FileStore {

	private final Path root;

	FileSystemFileStore(@Value("${canting.files.dir:./data/files}") Path root) {
		this.root = root.toAbsolutePath().normalize();
	}

	@Override
	public String put(byte[] content) throws IOException {
		String key = UUID.randomUUID().toString();
		Path file = path(key);
		Files.createDirectories(file.getParent());
		Files.write(file, content, StandardOpenOption.CREATE_NEW);
		return key;
	}

	@Override
	public InputStream open(String key) throws IOException {
		return Files.newInputStream(path(key));
	}

	@Override
	public void delete(String key) throws IOException {
		Files.deleteIfExists(path(key));
	}

	private Path path(String key) {
		UUID.fromString(key); // only keys this store made
		return root.resolve(key.substring(0, 2)).resolve(key.substring(2, 4)).resolve(key);
	}
}
