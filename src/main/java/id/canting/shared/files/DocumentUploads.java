package id.canting.shared.files;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.util.unit.DataSize;

import id.canting.shared.FieldViolation;
import id.canting.shared.InvalidInputException;

/**
 * Takes an uploaded document for any module (programme applications, certification applications):
 * checks it (not empty, at most {@code canting.attachments.max-size}, PDF/JPEG/PNG by content), gives it
 * a safe name with the extension of what it really is, and keeps its bytes in the {@link FileStore}. The
 * caller records the returned {@link StoredDocument} in its own table in the same transaction; if that
 * transaction does not commit, the stored bytes are deleted again.
 */
@Component
public class DocumentUploads {

	private final FileStore files;
	private final DataSize maxSize;

	DocumentUploads(FileStore files, @Value("${canting.attachments.max-size:5MB}") DataSize maxSize) {
		this.files = files;
		this.maxSize = maxSize;
	}

	/** A document kept in the store, as its record will describe it. */
	public record StoredDocument(String storageKey, String fileName, DocumentType type, long sizeBytes, String sha256) {
	}

	/**
	 * Checks and keeps a document; must run inside the transaction that records it.
	 *
	 * @throws InvalidInputException naming {@code file}: empty, too big, or not a PDF, JPEG or PNG
	 */
	public StoredDocument store(String fileName, byte[] content) {
		DocumentType type = checked(content);
		String key = put(content);
		return new StoredDocument(key, safeName(fileName, type), type, content.length, sha256(content));
	}

	/** The largest document accepted, in megabytes, for forms to say. */
	public long maxSizeMegabytes() {
		return maxSize.toMegabytes();
	}

	private DocumentType checked(byte[] content) {
		if (content == null || content.length == 0) {
			throw invalid("document.empty");
		}
		if (content.length > maxSize.toBytes()) {
			throw invalid("document.too-big", maxSize.toMegabytes());
		}
		return DocumentType.of(content).orElseThrow(() -> invalid("document.type"));
	}

	/** The stored file, deleted again if the transaction does not commit. */
	private String put(byte[] content) {
		try {
			String key = files.put(content);
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCompletion(int status) {
					if (status != STATUS_COMMITTED) {
						try {
							files.delete(key);
						}
						catch (IOException e) {
							// an orphan file is harmless: no record points to it
						}
					}
				}
			});
			return key;
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/** The base name only, printable characters, with the extension of the type the content really is. */
	static String safeName(String fileName, DocumentType type) {
		String base = fileName == null ? "" : fileName.replace('\\', '/');
		base = base.substring(base.lastIndexOf('/') + 1).replaceAll("[^\\p{L}\\p{N} ._()-]", "_").strip();
		int dot = base.lastIndexOf('.');
		if (dot > 0) {
			base = base.substring(0, dot);
		}
		if (base.isBlank()) {
			base = "dokumen";
		}
		if (base.length() > 150) {
			base = base.substring(0, 150);
		}
		return base + "." + type.extension();
	}

	private static String sha256(byte[] content) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
		}
		catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException(e);
		}
	}

	private static InvalidInputException invalid(String key, Object... args) {
		return new InvalidInputException(List.of(FieldViolation.of("file", key, args)));
	}
}
