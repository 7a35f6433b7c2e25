/**
 * The small shared kernel every module may use: paging, the kinds of domain failure that map to
 * Problem Details, and the web plumbing (locale, error pages, demo banner).
 */
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package id.canting.shared;
