package id.canting.notification.internal;

import java.util.Locale;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import id.canting.certification.CertificationApplied;
import id.canting.certification.CertificationStatus;
import id.canting.certification.CertificationStepTaken;
import id.canting.certification.CertificationWork;
import id.canting.notification.Outbox;
import id.canting.notification.OutgoingMessage;
import id.canting.programme.ApplicationApproved;
import id.canting.programme.ApplicationClosed;
import id.canting.programme.ApplicationRealised;
import id.canting.programme.ApplicationRejected;
import id.canting.programme.ApplicationReturned;
import id.canting.programme.ApplicationSubmitted;
import id.canting.programme.ApplicationVerified;
import id.canting.programme.ApplicationWithdrawn;
import id.canting.programme.ProgrammeWork;
import id.canting.registry.IkmId;
import id.canting.registry.IkmManagement;
import id.canting.shared.Actor;

/**
 * Tells an IKM of each status change of its programme and Batikmark applications, by e-mail to the
 * IKM's contact address in the registry, in Indonesian (accounts hold no language preference). The
 * listeners are synchronous, so the message is written in the transaction of the change: no change
 * without its message, no message of a change rolled back.
 * <p>
 * No message: for a sentra's application (a sentra has no address), for an IKM without a valid
 * address, and for changes the system made itself (the demo data, whose addresses look real).
 */
@Component
class ApplicationStatusMessages {

	private static final Logger log = LoggerFactory.getLogger(ApplicationStatusMessages.class);
	static final Locale INDONESIAN = Locale.forLanguageTag("id");

	private final Outbox outbox;
	private final ObjectProvider<ProgrammeWork> programmes;
	private final ObjectProvider<CertificationWork> certifications;
	private final ObjectProvider<IkmManagement> registry;
	private final MessageSource messages;
	private final String baseUrl;
	private final boolean enabled;

	ApplicationStatusMessages(Outbox outbox, ObjectProvider<ProgrammeWork> programmes,
			ObjectProvider<CertificationWork> certifications, ObjectProvider<IkmManagement> registry,
			MessageSource messages, @Value("${canting.public-base-url:http://localhost:8080}") String baseUrl,
			@Value("${canting.notification.application-messages:true}") boolean enabled) {
		this.outbox = outbox;
		this.programmes = programmes;
		this.certifications = certifications;
		this.registry = registry;
		this.messages = messages;
		this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
		this.enabled = enabled;
	}

	@EventListener
	void on(ApplicationSubmitted event) {
		programme(event.applicationId(), "SUBMITTED", null, event.by());
	}

	@EventListener
	void on(ApplicationVerified event) {
		programme(event.applicationId(), "VERIFIED", null, event.by());
	}

	@EventListener
	void on(ApplicationApproved event) {
		programme(event.applicationId(), "APPROVED", null, event.by());
	}

	@EventListener
	void on(ApplicationRejected event) {
		programme(event.applicationId(), "REJECTED", event.reason(), event.by());
	}

	@EventListener
	void on(ApplicationReturned event) {
		programme(event.applicationId(), "RETURNED", event.reason(), event.by());
	}

	@EventListener
	void on(ApplicationRealised event) {
		programme(event.applicationId(), "REALISED", null, event.by());
	}

	@EventListener
	void on(ApplicationClosed event) {
		programme(event.applicationId(), "CLOSED", null, event.by());
	}

	@EventListener
	void on(ApplicationWithdrawn event) {
		programme(event.applicationId(), "WITHDRAWN", null, event.by());
	}

	@EventListener
	void on(CertificationApplied event) {
		certification(event.applicationId(), CertificationStatus.RECEIVED, null, event.by());
	}

	@EventListener
	void on(CertificationStepTaken event) {
		certification(event.applicationId(), event.status(),
				event.status() == CertificationStatus.REJECTED ? event.detail() : null, event.by());
	}

	private void programme(long applicationId, String status, String reason, String by) {
		ProgrammeWork work = programmes.getIfAvailable();
		if (!wanted(by) || work == null) {
			return;
		}
		work.application(applicationId).filter(a -> a.ikmId() != null).ifPresent(application -> {
			String statusLabel = label("programme.application.status." + status);
			String subject = text("notification.programme.subject", application.programmeName(), statusLabel);
			String body = body(application.applicantName(),
					text("notification.programme.changed", application.programmeName(), statusLabel), reason,
					baseUrl + "/applications/" + applicationId);
			send(application.ikmId(), subject, body, "programme.application", "application " + applicationId);
		});
	}

	private void certification(long applicationId, CertificationStatus status, String reason, String by) {
		CertificationWork work = certifications.getIfAvailable();
		if (!wanted(by) || work == null) {
			return;
		}
		work.application(applicationId).ifPresent(application -> {
			String statusLabel = label("certification.status." + status.name());
			String subject = text("notification.certification.subject", application.brand(), statusLabel);
			String body = body(application.ikmName(),
					text("notification.certification.changed", application.brand(), statusLabel), reason,
					baseUrl + "/certification/applications/" + applicationId);
			send(application.ikmId(), subject, body, "certification.application", "certification " + applicationId);
		});
	}

	private boolean wanted(String by) {
		return enabled && !Actor.SYSTEM.username().equals(by);
	}

	private String body(String name, String changed, String reason, String link) {
		StringBuilder body = new StringBuilder();
		body.append(text("notification.application.greeting", name)).append("\n\n").append(changed).append('\n');
		if (reason != null && !reason.isBlank()) {
			body.append('\n').append(text("notification.application.reason", reason.strip())).append('\n');
		}
		body.append('\n').append(text("notification.application.link", link)).append("\n\n");
		body.append(text("notification.application.footer")).append('\n');
		return body.toString();
	}

	private void send(long ikmId, String subject, String body, String topic, String reference) {
		IkmManagement ikms = registry.getIfAvailable();
		Optional<String> address = Optional.ofNullable(ikms)
			.map(r -> r.ikm(Actor.SYSTEM, new IkmId(ikmId)).details().email())
			.map(String::strip)
			.filter(email -> email.length() <= OutboxRules.RECIPIENT_MAX && OutboxRules.EMAIL.matcher(email).matches());
		if (address.isEmpty()) {
			// checked here, not left to the outbox: a refused message must not roll back the change itself
			log.info("No message for {} of IKM {}: it has no valid e-mail address", reference, ikmId);
			return;
		}
		String oneLine = subject.replaceAll("[\\r\\n]+", " ");
		if (oneLine.length() > OutboxRules.SUBJECT_MAX) {
			oneLine = oneLine.substring(0, OutboxRules.SUBJECT_MAX - 1) + "…";
		}
		outbox.enqueue(OutgoingMessage.text(address.get(), INDONESIAN, oneLine, body, topic, reference));
	}

	private String label(String key) {
		return messages.getMessage(key, null, key, INDONESIAN);
	}

	private String text(String key, Object... arguments) {
		return messages.getMessage(key, arguments, INDONESIAN);
	}
}
