/**
 * Sentra development: what a sentra has and lacks — its shared facilities and their condition, its
 * location, the needs its officer lists with the sentra's management, the revitalisation projects it
 * received, photos — and a development score from admin-editable weights, on a map and in a ranking by
 * need for officials planning facilitation. The sentra's identity and members stay in {@code registry};
 * this module reads them (and readiness, Batikmark standings and the programmes' benefits to a sentra)
 * through those modules' APIs. Its root holds only the events the audit trail records.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Sentra development")
package id.canting.development;
