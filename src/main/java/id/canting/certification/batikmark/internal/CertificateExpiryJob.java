package id.canting.certification.batikmark.internal;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import id.canting.shared.ConflictException;

/**
 * Expires certificates whose validity passed, every night shortly after midnight in Jakarta (and at
 * start-up through the same method, for tests and a node that was down). Each certificate is its
 * own transaction; when two nodes run at once, the second finds it already expired (a conflict it
 * skips) or loses the version check, so each expiry is recorded once.
 */
@Component
public class CertificateExpiryJob {

	private static final Logger log = LoggerFactory.getLogger(CertificateExpiryJob.class);

	private final Certificates certificates;

	CertificateExpiryJob(Certificates certificates) {
		this.certificates = certificates;
	}

	/** Runs the job once; returns how many certificates this run expired. */
	@Scheduled(cron = "${canting.certification.expiry-cron:0 15 0 * * *}", zone = "Asia/Jakarta")
	public int run() {
		int expired = 0;
		for (Long id : certificates.dueToExpire()) {
			try {
				certificates.expire(new CertificateId(id));
				expired++;
			}
			catch (ConflictException | OptimisticLockingFailureException e) {
				// another node expired it first
			}
		}
		if (expired > 0) {
			log.info("Certificates expired: {}", expired);
		}
		return expired;
	}
}
