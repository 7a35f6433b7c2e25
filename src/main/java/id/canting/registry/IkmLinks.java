package id.canting.registry;

import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import id.canting.registry.internal.RegistryAccess;
import id.canting.shared.Actor;
import id.canting.shared.ForbiddenException;

/**
 * Where a link to an IKM should lead for the person reading a page of another module, so the link
 * never ends on a refusal: the registry page for those who may read it (ministry, the officer of its
 * province, its owner), the public catalogue page for anyone else while the IKM is public, else no
 * link at all (the name stays plain text).
 */
@Service
@Transactional(readOnly = true)
public class IkmLinks {

	private final JdbcClient jdbc;

	IkmLinks(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** The page this actor may open for the IKM, or empty when there is none. */
	public Optional<String> href(Actor actor, long ikmId) {
		return jdbc.sql("select province_code, status, verification from ikm where id = :id").param("id", ikmId)
			.query((rs, n) -> {
				if (mayRead(actor, rs.getString("province_code"), ikmId)) {
					return "/ikm/" + ikmId;
				}
				IkmStanding standing = new IkmStanding(new IkmId(ikmId), RecordStatus.valueOf(rs.getString("status")),
						Verification.valueOf(rs.getString("verification")));
				return standing.isPublic() ? "/catalogue/" + ikmId : "";
			})
			.optional()
			.filter(href -> !href.isEmpty());
	}

	private static boolean mayRead(Actor actor, String provinceCode, long ikmId) {
		try {
			RegistryAccess.requireRead(actor, provinceCode, ikmId);
			return true;
		}
		catch (ForbiddenException e) {
			return false;
		}
	}
}
