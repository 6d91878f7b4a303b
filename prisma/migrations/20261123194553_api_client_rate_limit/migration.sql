-- AlterTable
ALTER TABLE "ApiClient" ADD COLUMN     "rateLimit" INTEGER;
