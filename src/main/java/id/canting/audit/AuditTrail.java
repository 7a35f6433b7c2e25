package id.canting.audit;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import id.canting.audit.internal.AuditReader;
import id.canting.audit.internal.ReadScope;
import id.canting.shared.Actor;
import id.canting.shared.ForbiddenException;
import id.canting.shared.PageRequest;
import id.canting.shared.PageResponse;
import id.canting.shared.Role;

/**
 * Reads the audit trail on behalf of someone. Old and new values may hold personal data (UU 27/2022
 * on personal data protection), so each reader sees only the history of records they may read:
 * administrators everything, an officer the entries of their province, an IKM owner those of their
 * own IKM; assessors, buyers and anonymous visitors nothing. Entries are written only by the
 * module's event listeners, never through this facade, and never changed or deleted.
 */
@Service
@Transactional(readOnly = true)
public class AuditTrail {

	private final AuditReader entries;

	AuditTrail(AuditReader entries) {
		this.entries = entries;
	}

	/**
	 * The entries matching {@code query} that {@code reader} may see, newest first unless the page
	 * says otherwise. Searching broadly quietly leaves out what lies outside the reader's scope;
	 * asking for the history of one record outside it is refused, so the refusal is explicit.
	 *
	 * @throws ForbiddenException ({@code audit.forbidden}) when the reader's role may not read the
	 *         trail at all, or ({@code audit.forbidden.record}) when the one record asked for lies
	 *         outside their scope
	 */
	public PageResponse<AuditEntry> search(Actor reader, AuditQuery query, PageRequest page) {
		ReadScope scope = scopeOf(reader);
		if (query.namesOneRecord()) {
			requireInScope(scope, query.entityType(), query.entityId());
		}
		return entries.find(query, scope, page);
	}

	private static ReadScope scopeOf(Actor reader) {
		if (reader.isAdmin()) {
			return ReadScope.EVERYTHING;
		}
		if (reader.role() == Role.OFFICER && reader.provinceCode() != null) {
			return ReadScope.province(reader.provinceCode());
		}
		if (reader.role() == Role.IKM_OWNER) {
			return ReadScope.ownIkm(reader.ikmIds());
		}
		throw new ForbiddenException("audit.forbidden");
	}

	private void requireInScope(ReadScope scope, String entityType, String entityId) {
		boolean allowed = switch (scope.kind()) {
			case EVERYTHING -> true;
			case OWN_IKM -> scope.coversIkm(entityType, entityId);
			// A record with no entries at all reveals nothing; one whose every entry lies in another
			// province is another officer's record (an IKM that moved keeps its entries of both).
			case PROVINCE -> !entries.exists(entityType, entityId, null)
					|| entries.exists(entityType, entityId, scope.provinceCode());
		};
		if (!allowed) {
			throw new ForbiddenException("audit.forbidden.record", entityType, entityId);
		}
	}
}
