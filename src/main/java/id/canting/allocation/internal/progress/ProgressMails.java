package id.canting.allocation.internal.progress;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import id.canting.account.OfficerAddresses;
import id.canting.notification.Outbox;
import id.canting.notification.OutgoingMessage;
import id.canting.registry.IkmId;
import id.canting.registry.IkmProfiles;
import id.canting.registry.IkmProfiles.IkmProfile;

/**
 * Tells producers and provincial offices what happened on an order, by e-mail through the outbox in
 * the transaction of the change, in Indonesian (accounts hold no language preference): a producer
 * behind pace (to the IKM's address and its province's officers), a producer's quantity changed by a
 * re-allocation (to the IKM's address). An address that is no e-mail address is skipped here, so a bad
 * address in the registry never rolls back the change.
 */
@Component
class ProgressMails {

	private static final Logger log = LoggerFactory.getLogger(ProgressMails.class);
	static final Locale INDONESIAN = Locale.forLanguageTag("id");
	static final String TOPIC_BEHIND = "allocation.behind-pace";
	static final String TOPIC_CHANGED = "allocation.quantity-changed";
	private static final Pattern EMAIL = Pattern
		.compile("[^@\\s\"<>,;:()\\[\\]\\\\]+@[A-Za-z0-9-]+(\\.[A-Za-z0-9-]+)*\\.[A-Za-z]{2,}"); // the outbox's own rule

	private final Outbox outbox;
	private final IkmProfiles profiles;
	private final OfficerAddresses officers;
	private final MessageSource messages;
	private final String baseUrl;

	ProgressMails(Outbox outbox, IkmProfiles profiles, OfficerAddresses officers, MessageSource messages,
			@Value("${canting.public-base-url:http://localhost:8080}") String baseUrl) {
		this.outbox = outbox;
		this.profiles = profiles;
		this.officers = officers;
		this.messages = messages;
		this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
	}

	/** A producer fell behind pace: to it and to its province's officers. */
	int behindPace(long orderId, String reference, IkmId ikm, long projected, long allocated, String dueOn) {
		IkmProfile profile = profiles.profiles(List.of(ikm)).get(ikm);
		String name = profile == null ? "#" + ikm.value() : profile.name();
		String province = profile == null ? null : profile.provinceCode();
		Set<String> to = new LinkedHashSet<>();
		if (profile != null && profile.email() != null) {
			to.add(profile.email().strip());
		}
		if (province != null) {
			to.addAll(officers.of(province));
		}
		Object[] args = { name, reference, projected, allocated, dueOn, baseUrl + "/allocation/orders/" + orderId + "/progress" };
		return send(to, "allocation.progress.mail.behind", args, TOPIC_BEHIND, reference + "/" + ikm.value());
	}

	/** A re-allocation changed a producer's quantity: to the producer. */
	int quantityChanged(long orderId, String reference, IkmId ikm, long before, long after) {
		IkmProfile profile = profiles.profiles(List.of(ikm)).get(ikm);
		if (profile == null || profile.email() == null) {
			return 0;
		}
		Object[] args = { profile.name(), reference, before, after, baseUrl + "/allocation/orders/" + orderId + "/progress" };
		return send(Set.of(profile.email().strip()), "allocation.progress.mail.changed", args, TOPIC_CHANGED,
				reference + "/" + ikm.value());
	}

	private int send(Set<String> recipients, String key, Object[] args, String topic, String reference) {
		List<String> valid = new ArrayList<>();
		for (String r : recipients) {
			if (r.length() <= 120 && EMAIL.matcher(r).matches()) {
				valid.add(r);
			}
			else {
				log.info("No message {} to '{}': not an e-mail address", topic, r);
			}
		}
		String subject = messages.getMessage(key + ".subject", args, INDONESIAN).replaceAll("[\\r\\n]+", " ");
		String body = messages.getMessage(key + ".body", args, INDONESIAN) + "\n";
		for (String r : valid) {
			outbox.enqueue(OutgoingMessage.text(r, INDONESIAN, subject, body, topic, reference));
		}
		return valid.size();
	}
}
