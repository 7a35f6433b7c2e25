package id.canting.registry;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who many IKM are, in one query per thousand: name, province, contact and the facts a programme
 * reports shares of (woman owner, size class, kind). For modules that list or count many IKM at once
 * (an allocation's dashboard and purchasing documents) and would otherwise load each IKM's aggregate.
 * Callers decide who may see the contact fields.
 */
@Service
@Transactional(readOnly = true)
public class IkmProfiles {

	static final int CHUNK = 1000;

	private final JdbcClient jdbc;

	IkmProfiles(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** One IKM as other modules' lists show it; {@code phone} and {@code email} may be null. */
	public record IkmProfile(IkmId id, String name, String provinceCode, String phone, String email, Gender ownerGender,
			SizeClass sizeClass, IkmKind kind) {

		public boolean womenOwned() {
			return ownerGender == Gender.FEMALE;
		}

		public boolean kecil() {
			return sizeClass == SizeClass.KECIL;
		}

		public boolean prisonUnit() {
			return kind == IkmKind.PRISON_UNIT;
		}
	}

	/** The profiles of these IKM (those that exist). */
	public Map<IkmId, IkmProfile> profiles(Collection<IkmId> ids) {
		Map<IkmId, IkmProfile> profiles = new HashMap<>();
		List<Long> all = ids.stream().map(IkmId::value).distinct().toList();
		for (int from = 0; from < all.size(); from += CHUNK) {
			List<Long> chunk = new ArrayList<>(all.subList(from, Math.min(all.size(), from + CHUNK)));
			jdbc.sql("""
					select id, name, province_code, phone, email, owner_gender, size_class, kind
					from ikm where id in (:ids)""")
				.param("ids", chunk)
				.query((rs, n) -> new IkmProfile(new IkmId(rs.getLong("id")), rs.getString("name"),
						rs.getString("province_code"), rs.getString("phone"), rs.getString("email"),
						Gender.valueOf(rs.getString("owner_gender")), SizeClass.valueOf(rs.getString("size_class")),
						IkmKind.valueOf(rs.getString("kind"))))
				.list()
				.forEach(p -> profiles.put(p.id(), p));
		}
		return profiles;
	}
}
