package id.canting.certification.batikmark.internal;

import id.canting.shared.NotFoundException;

/** No certificate with this number (HTTP 404). */
public class CertificateNotFoundException extends NotFoundException {

	public CertificateNotFoundException(String number) {
		super("certificate.not-found", number);
	}
}
