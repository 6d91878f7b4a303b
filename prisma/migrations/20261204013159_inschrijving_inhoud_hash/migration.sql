-- AlterTable
ALTER TABLE "Inschrijving" ADD COLUMN     "inhoudHash" TEXT;
