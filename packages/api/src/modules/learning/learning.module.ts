import { seedLearning } from "../../../seed/learning";
import { defineModule } from "../../core/module";
import { enrollmentExport } from "./enrollment.export";
import { EnrollmentResolver, LearningFiguresResolver } from "./enrollment.resolver";
import { Attendance, Enrollment, SelfAssessment, TRAINING_STAFF, Training, TrainingCourse, TrainingSession } from "./training.entity";
import { CourseResolver, SessionResolver, TrainingResolver } from "./training.resolver";

/** Trainings, courses, enrolment and attendance (the demo step also loads self-help groups). */
export const learningModule = defineModule({
  name: "learning",
  resolvers: [TrainingResolver, CourseResolver, SessionResolver, EnrollmentResolver, LearningFiguresResolver],
  entities: [Training, TrainingCourse, TrainingSession, Enrollment, Attendance, SelfAssessment],
  archivable: [
    { entity: Training, name: "Training", grants: ["ADMIN", "COORDINATOR"] },
    { entity: TrainingCourse, name: "TrainingCourse", grants: [...TRAINING_STAFF] },
  ],
  exports: [enrollmentExport],
  demoData: seedLearning,
});
