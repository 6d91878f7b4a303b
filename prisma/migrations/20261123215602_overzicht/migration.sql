-- CreateTable
CREATE TABLE "OverzichtInstelling" (
    "brin" TEXT NOT NULL,
    "sector" "Sector" NOT NULL,
    "inschrijvingen" INTEGER NOT NULL DEFAULT 0,
    "openS01" INTEGER NOT NULL DEFAULT 0,
    "bijgewerktOp" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "OverzichtInstelling_pkey" PRIMARY KEY ("brin")
);

-- CreateTable
CREATE TABLE "OverzichtMeldingDag" (
    "brin" TEXT NOT NULL,
    "dag" DATE NOT NULL,
    "status" "MeldingStatus" NOT NULL,
    "aantal" INTEGER NOT NULL,

    CONSTRAINT "OverzichtMeldingDag_pkey" PRIMARY KEY ("brin","dag","status")
);

-- CreateTable
CREATE TABLE "OverzichtCode" (
    "brin" TEXT NOT NULL,
    "soort" TEXT NOT NULL,
    "code" TEXT NOT NULL,
    "aantal" INTEGER NOT NULL,

    CONSTRAINT "OverzichtCode_pkey" PRIMARY KEY ("brin","soort","code")
);

-- CreateTable
CREATE TABLE "OverzichtBekostiging" (
    "brin" TEXT NOT NULL,
    "peildatum" DATE NOT NULL,
    "status" TEXT NOT NULL,
    "aantal" INTEGER NOT NULL,
    "gewicht" DECIMAL(14,4) NOT NULL,

    CONSTRAINT "OverzichtBekostiging_pkey" PRIMARY KEY ("brin","peildatum","status")
);
