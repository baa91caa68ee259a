/** REST for the audit trail (审计留痕, AUDITOR only): {@code /api/v1/audit-events}. */
package org.jiaolianti.adapters.rest.audit;
