package id.canting.shared.files;

import java.util.Arrays;
import java.util.Optional;

/**
 * The document formats uploads accept, recognised by their first bytes (the declared content type and
 * the file name's extension are the sender's claim, not evidence).
 */
public enum DocumentType {

	PDF("application/pdf", "pdf", new byte[] { '%', 'P', 'D', 'F', '-' }),
	JPEG("image/jpeg", "jpg", new byte[] { (byte) 0xFF, (byte) 0xD8, (byte) 0xFF }),
	PNG("image/png", "png", new byte[] { (byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A });

	private final String mediaType;
	private final String extension;
	private final byte[] signature;

	DocumentType(String mediaType, String extension, byte[] signature) {
		this.mediaType = mediaType;
		this.extension = extension;
		this.signature = signature;
	}

	/** The type these bytes are, when they are one of the accepted types. */
	public static Optional<DocumentType> of(byte[] content) {
		return Arrays.stream(values()).filter(type -> type.starts(content)).findFirst();
	}

	public String mediaType() {
		return mediaType;
	}

	public String extension() {
		return extension;
	}

	private boolean starts(byte[] content) {
		if (content == null || content.length < signature.length) {
			return false;
		}
		for (int i = 0; i < signature.length; i++) {
			if (content[i] != signature[i]) {
				return false;
			}
		}
		return true;
	}
}
