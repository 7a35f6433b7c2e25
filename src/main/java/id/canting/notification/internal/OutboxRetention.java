package id.canting.notification.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Messages hold personal data (an address, a name, a ticket): once delivered (or given up) for the
 * retention period ({@code canting.notification.retention}, 30 days by default) their bodies and part
 * contents are dropped and the recipient masked ({@code s***@example.id}). The row stays, so admins
 * still see that a message of that topic and reference was sent and when. Safe on several nodes:
 * purging twice changes nothing.
 */
@Component
class OutboxRetention {

	private final OutboxStore store;
	private final DeliverySettings settings;
	private final Clock clock;

	OutboxRetention(OutboxStore store, DeliverySettings settings, Clock clock) {
		this.store = store;
		this.settings = settings;
		this.clock = clock;
	}

	@Scheduled(cron = "${canting.notification.retention-cron:0 40 1 * * *}", zone = "Asia/Jakarta")
	@Transactional
	public int purge() {
		Instant now = clock.instant();
		List<Map.Entry<Long, String>> due = store.toPurge(now.minus(settings.retention), 1000);
		due.forEach(message -> store.purge(message.getKey(), mask(message.getValue()), now));
		return due.size();
	}

	/** {@code sari.wulandari@example.id} becomes {@code s***@example.id}. */
	static String mask(String address) {
		int at = address.lastIndexOf('@');
		if (at <= 0) {
			return "***";
		}
		return address.charAt(0) + "***" + address.substring(at);
	}
}
