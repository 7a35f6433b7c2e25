package id.canting.shared.files;

import java.io.IOException;
import java.io.InputStream;

/**
 * Where uploaded documents (application attachments, certification documents) are kept, by a key the
 * store chooses. Records in the database hold the key, never the bytes. The filesystem store is the
 * default; an object store (S3-compatible) can take its place when app nodes no longer share a disk.
 */
public interface FileStore {

	/** Keeps the bytes and returns the key to find them again. */
	String put(byte[] content) throws IOException;

	/** The bytes kept under this key. */
	InputStream open(String key) throws IOException;

	/** Forgets the bytes, e.g. when the transaction that recorded them rolled back. Absent keys are no error. */
	void delete(String key) throws IOException;
}
