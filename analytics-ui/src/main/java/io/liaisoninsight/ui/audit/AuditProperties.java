package io.liaisoninsight.ui.audit;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings under {@code liaison.audit}.
 *
 * @param exportMaxRows most entries one CSV export writes; default 100000 (narrow the filter for more)
 */
@ConfigurationProperties("liaison.audit")
public record AuditProperties(@DefaultValue("100000") int exportMaxRows) {
}
