/// The registered claims of haqo, in the paper's order.
enum HAQOClaims {
    static let all: [Claim] = [
        equation2,
        proposition51Primary, proposition51Constant143, proposition51Order, proposition51Unnormalised,
        proposition51UnnormalisedOrder, proposition51ReverseKL, proposition51MaxRadius, proposition51OldCritic,
        proposition51JointAdvantage, proposition51NaturalGradient,
        proposition51Step1, proposition51Step2, proposition51Step3, proposition51Step4, proposition51Step4OldCritic,
        proposition51Step5, proposition51Step6, proposition51Step7, proposition51Step7Unnormalised, proposition51Step8,
        proposition51Step8Unnormalised, proposition51Step9, proposition51Step10, proposition51Step11, proposition51Step12,
        proposition51Step12Unnormalised, proposition51Step13, proposition51Step14, proposition51Step15, proposition51Step16,
        proposition51Step16Unnormalised, proposition51Step17, proposition51Step17AnyStep, proposition51Step18, proposition51Step19,
        proposition52Primary, proposition52Qcut, proposition52Normalised, proposition52Equality,
        theorem54, theorem54Unnormalised, theorem54AlgorithmSigns, theorem54Monotone,
        theorem54Step1, theorem54Step2, theorem54Step2Normalised, theorem54Step3, theorem54Step3Normalised, theorem54Step4,
        theorem54Step4Normalised, theorem54Step5, theorem54Step5Normalised, theorem54Step6, theorem54Step7, theorem54Step7Normalised,
        theorem54Step8, theorem54Step9,
        assumptionA1, assumptionA5, assumptionA5Reverse,
        lemmaA6, lemmaA6Step1, lemmaA6Step2,
        lemmaA8, lemmaA8Step1, lemmaA8Step2, lemmaA8Step3,
        remarkA9, remarkA9Unnormalised, equation37, equation37Reverse,
        lemmaA10, lemmaA10Unnormalised, lemmaA10Step1, lemmaA10Step2, lemmaA10Step3, lemmaA10Step4,
    ]
}
