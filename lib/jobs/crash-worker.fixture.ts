// Test fixture (lib/jobs/pg-boss.test.ts): a worker process that takes a job and hangs in it, so the test can SIGKILL it mid-job.
import { PgBossJobQueue } from "@/lib/jobs/pg-boss";

const [connectionString, queueName] = process.argv.slice(2);
if (!connectionString || !queueName) throw new Error("usage: crash-worker.fixture.ts <connectionString> <queue>");

const queue = new PgBossJobQueue({ connectionString, pollIntervalMs: 100, maintenance: false });
await queue.work(queueName, async (_payload, { jobId, attempt }) => {
  process.stdout.write(`started ${jobId} ${attempt}\n`);
  await new Promise(() => {}); // until killed
});
await queue.start();
process.stdout.write("ready\n");
