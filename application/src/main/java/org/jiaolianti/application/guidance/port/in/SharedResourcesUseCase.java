package org.jiaolianti.application.guidance.port.in;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Set;
import org.jiaolianti.application.access.Actor;
import org.jiaolianti.application.shared.constraints.RecordId;
import org.jiaolianti.domain.guidance.HttpsLink;
import org.jiaolianti.domain.guidance.SharedResource;
import org.jiaolianti.domain.guidance.SharedResourceKind;
import org.jiaolianti.domain.policy.Collaboration;

/**
 * Resource sharing between schools (资源共享, 五(一)2): a school's leaders or teachers share a teaching or activity
 * resource with the district's schools and withdraw it; every staff member of the district reads them; guardians
 * do not.
 *
 * <p>中文：校际资源共享。依据：五(一)2
 */
public interface SharedResourcesUseCase {

  SharedResource share(Actor actor, ShareCommand command);

  /** The district's shared resources (withdrawn ones only for their own school's sharers), newest first. */
  List<SharedResource> list(Actor actor);

  SharedResource get(Actor actor, String resourceId);

  SharedResource withdraw(Actor actor, String resourceId);

  record ShareCommand(
      @RecordId String schoolId,
      @NotNull SharedResourceKind kind,
      @NotBlank @Size(max = SharedResource.MAX_TITLE) String title,
      @Size(max = SharedResource.MAX_DESCRIPTION) String description,
      @NotNull @Pattern(regexp = HttpsLink.PATTERN, message = "{jiaolianti.httpsLink}") @Size(max = HttpsLink.MAX)
      String link,
      @NotEmpty(message = "{jiaolianti.notEmpty}") Set<@NotNull Collaboration> collaborations) {}
}
