package id.canting.registry;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import id.canting.registry.events.IkmVerified;
import id.canting.registry.events.IkmsVerified;
import id.canting.registry.internal.IkmTable;
import id.canting.registry.internal.RegistryAccess;
import id.canting.shared.Actor;
import id.canting.shared.ConflictException;

/**
 * Verifies many IKM at once: the same rules as {@link IkmManagement#verify} (an officer of each IKM's
 * province or an admin; only an active IKM), but one query reads them, one JDBC batch marks them and
 * one {@link IkmsVerified} event covers them. Verifying one by one loads and saves each aggregate with
 * its techniques, categories and dyes, which made most of the demo data's two minutes on first start.
 * All or nothing: one IKM that may not be verified refuses the lot.
 */
@Service
@Transactional
public class IkmBulkVerification {

	private final IkmTable table;
	private final ApplicationEventPublisher events;
	private final Clock clock;

	IkmBulkVerification(IkmTable table, ApplicationEventPublisher events, Clock clock) {
		this.table = table;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * Marks every IKM verified by the actor, now.
	 *
	 * @throws IkmNotFoundException when an id names no IKM
	 * @throws ConflictException when an IKM is inactive ({@code ikm.inactive}, as one by one)
	 */
	public void verifyAll(Actor actor, List<IkmId> ids) {
		Map<Long, IkmTable.Standing> standings = table.standings(ids.stream().map(IkmId::value).toList());
		for (IkmId id : ids) {
			IkmTable.Standing standing = standings.get(id.value());
			if (standing == null) {
				throw new IkmNotFoundException(id);
			}
			RegistryAccess.requireOfficerOf(actor, standing.provinceCode());
			if (standing.status() != RecordStatus.ACTIVE) {
				throw new ConflictException("ikm.inactive", id);
			}
		}
		Instant now = clock.instant();
		table.markVerified(ids.stream().map(IkmId::value).toList(), actor.username(), now);
		List<IkmVerified> verified = new ArrayList<>(ids.size());
		for (IkmId id : ids) {
			verified.add(new IkmVerified(id, standings.get(id.value()).provinceCode(), actor.username(), now));
		}
		events.publishEvent(new IkmsVerified(verified));
	}
}
